// The API browser: Swagger UI reading the register's own OpenAPI document (served by WildFly at /openapi).
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: new URL('openapi', document.baseURI).href,
        dom_id: '#swagger-ui',
        deepLinking: true
    });
});

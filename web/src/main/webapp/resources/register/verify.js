// The verification page: fetches the latest signed tree head and the receipt's inclusion proof, and checks, with
// the browser's own SHA-256 (Web Crypto), that the version's public form hashes to its leaf and that the leaf's
// audit path leads to the head's root (RFC 9162, 2.1.3.2). The head's signature is checked by the command-line
// verifier (tools/LogVerifier.java); this page checks that the register's answer is self-consistent proof.
(function () {
    var form = document.getElementById('verify');
    var verdict = document.getElementById('verdict');
    if (!form || !verdict) {
        return;
    }
    var base = form.getAttribute('action').replace(/verify\.xhtml$/, '');
    var text = function (name) { return form.dataset[name]; };

    function say(message, good) {
        var p = document.createElement('p');
        p.textContent = message;
        p.className = good === true ? 'verdict-good' : good === false ? 'verdict-bad' : '';
        verdict.appendChild(p);
    }

    function hex(bytes) {
        return Array.prototype.map.call(new Uint8Array(bytes), function (b) {
            return ('0' + b.toString(16)).slice(-2);
        }).join('');
    }

    function unhex(h) {
        var out = new Uint8Array(h.length / 2);
        for (var i = 0; i < out.length; i++) {
            out[i] = parseInt(h.substr(i * 2, 2), 16);
        }
        return out;
    }

    function sha256(prefix, parts) {
        var length = 1 + parts.reduce(function (n, p) { return n + p.length; }, 0);
        var input = new Uint8Array(length);
        input[0] = prefix;
        var at = 1;
        parts.forEach(function (p) { input.set(p, at); at += p.length; });
        return crypto.subtle.digest('SHA-256', input).then(function (d) { return new Uint8Array(d); });
    }

    async function included(leafHash, index, size, path, root) {
        if (index >= size) {
            return false;
        }
        var fn = index, sn = size - 1, r = leafHash;
        for (var i = 0; i < path.length; i++) {
            var p = unhex(path[i]);
            if (sn === 0) {
                return false;
            }
            if ((fn & 1) === 1 || fn === sn) {
                r = await sha256(1, [p, r]);
                while ((fn & 1) === 0 && fn !== 0) {
                    fn = Math.floor(fn / 2);
                    sn = Math.floor(sn / 2);
                }
            } else {
                r = await sha256(1, [r, p]);
            }
            fn = Math.floor(fn / 2);
            sn = Math.floor(sn / 2);
        }
        return sn === 0 && hex(r) === root;
    }

    async function check(receipt) {
        verdict.textContent = '';
        if (!/^[A-Za-z0-9-]{1,40}$/.test(receipt)) {
            say(text('badReceipt'), false);
            return;
        }
        say(text('checking'));
        var head, proof;
        try {
            var h = await fetch(base + 'log/v1/sth');
            head = await h.json();
            var p = await fetch(base + 'log/v1/proof?receipt=' + encodeURIComponent(receipt) + '&size=' + head.tree_size);
            if (p.status === 404) {
                verdict.textContent = '';
                say(text('notFound'), false);
                return;
            }
            proof = await p.json();
        } catch (e) {
            verdict.textContent = '';
            say(text('unavailable'), false);
            return;
        }
        verdict.textContent = '';
        say(text('head').replace('{0}', head.tree_size).replace('{1}', head.signed_at).replace('{2}', head.root_hash));
        if (proof.leaf_input !== undefined) {
            var computed = hex(await sha256(0, [new TextEncoder().encode(proof.leaf_input)]));
            say(computed === proof.leaf_hash ? text('matches') : text('mismatch'), computed === proof.leaf_hash);
        } else {
            say(proof.status === 'withheld' ? text('withheld') : text('unpublished'));
        }
        var ok = await included(unhex(proof.leaf_hash), proof.leaf_index, proof.tree_size, proof.audit_path, head.root_hash);
        say(ok ? text('included').replace('{0}', proof.leaf_index).replace('{1}', proof.tree_size) : text('notIncluded'), ok);
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var receipt = document.getElementById('receipt').value.trim();
        history.replaceState(null, '', '?receipt=' + encodeURIComponent(receipt));
        check(receipt);
    });
    var initial = document.getElementById('receipt').value.trim();
    if (initial) {
        check(initial);
    }
})();

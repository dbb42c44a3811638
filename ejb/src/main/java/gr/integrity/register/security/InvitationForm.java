package gr.integrity.register.security;

import gr.integrity.register.common.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/** What an ADMIN fills in to invite someone. */
public class InvitationForm {

    @NotBlank
    @Size(min = 3, max = Account.USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{register.validation.username}")
    private String username;

    @NotBlank
    @Size(max = 200)
    @PlainText
    private String displayName;

    @NotBlank
    @Size(max = 254)
    @Email
    private String email;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The person an OFFICIAL or LOBBYIST account belongs to. */
    private Long personId;

    /** The institution a LIAISON account sends the lists of. */
    private Long institutionId;

    private String language = "el";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.trim();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }
}

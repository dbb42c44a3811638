package gr.integrity.register.web.admin;

import gr.integrity.register.registry.CategoryPolicy;
import gr.integrity.register.registry.RegisterSetting;
import gr.integrity.register.registry.SettingsService;
import gr.integrity.register.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Register settings (deadline rules) and the policy of each category of obliged persons. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SettingsService settings;

    private List<RegisterSetting> values;
    private final Map<String, String> edited = new LinkedHashMap<>();
    private List<CategoryPolicy> policies;

    @PostConstruct
    void load() {
        values = settings.settings();
        values.forEach(s -> edited.put(s.getName(), s.getValue()));
        policies = settings.policies();
    }

    public void saveSetting(String name) {
        Pages.attempt("settings", () -> {
            settings.changeSetting(name, edited.get(name));
            Pages.flashInfo("general.saved");
            Pages.redirect("/admin/settings.xhtml");
        });
    }

    public void savePolicy(CategoryPolicy policy) {
        Pages.attempt("policies", () -> {
            settings.changePolicy(policy.getCategory(), policy.getVersion(), policy.getInitialDays(),
                    policy.getFinalYears(), policy.isInterestRequired(), policy.isAssetsPublished(),
                    policy.isInterestsPublished(), policy.getLateFeeBands());
            Pages.flashInfo("general.saved");
            Pages.redirect("/admin/settings.xhtml");
        });
    }

    public List<RegisterSetting> getValues() {
        return values;
    }

    public Map<String, String> getEdited() {
        return edited;
    }

    public List<CategoryPolicy> getPolicies() {
        return policies;
    }
}

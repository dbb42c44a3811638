package gr.integrity.register.web.review;

import gr.integrity.register.review.FlagWeight;
import gr.integrity.register.review.FlagWeights;
import gr.integrity.register.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ADMIN's page of red-flag weights: one field per flag; saving one recomputes every risk score. */
@Named
@ViewScoped
public class FlagWeightsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FlagWeights weights;

    private List<FlagWeight> flags;
    private final Map<String, Integer> edited = new HashMap<>();

    @PostConstruct
    void load() {
        flags = weights.all();
        flags.forEach(f -> edited.put(f.getCode(), f.getWeight()));
    }

    public void save(String code) {
        Pages.attempt("weights", () -> {
            weights.change(code, edited.get(code));
            Pages.flashInfo("flag.weightSaved");
            Pages.redirect("/admin/flags.xhtml");
        });
    }

    public List<FlagWeight> getFlags() {
        return flags;
    }

    public Map<String, Integer> getEdited() {
        return edited;
    }
}

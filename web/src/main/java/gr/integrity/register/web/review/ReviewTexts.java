package gr.integrity.register.web.review;

import gr.integrity.register.common.Messages;
import gr.integrity.register.review.RedFlagCatalogue;
import gr.integrity.register.web.support.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** A red flag's explanation in the reader's language: its message with the figures that raised it. */
@Named
@ApplicationScoped
public class ReviewTexts {

    public String explain(String code, List<String> arguments) {
        List<Object> shown = new ArrayList<>(arguments);
        if (RedFlagCatalogue.MISSING_FILING.equals(code) && !shown.isEmpty()) {
            shown.set(0, Messages.text(Pages.locale(), "declarationType." + shown.get(0)));
        }
        return Messages.text(Pages.locale(), "flag." + code, shown.toArray());
    }
}

package gr.integrity.register.browser.widgets;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import gr.integrity.register.browser.Browser;

import java.util.List;
import java.util.Set;

/** axe-core on the page the browser shows: the violations that block a user, serious or critical. */
public final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {
    }

    /** Each blocking violation of the page as it stands, as one line naming where, the rule and its first elements. */
    public static List<String> blocking(Browser browser, String where) {
        return new AxeBuilder().analyze(browser.driver()).getViolations().stream()
                .filter(violation -> BLOCKING.contains(violation.getImpact()))
                .map(violation -> where + " axe " + violation.getImpact() + " " + violation.getId() + ": "
                        + violation.getHelp() + " " + violation.getNodes().stream().limit(3)
                        .map(n -> n.getTarget() + " " + n.getFailureSummary()).toList())
                .toList();
    }
}

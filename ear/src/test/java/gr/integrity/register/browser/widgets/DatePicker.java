package gr.integrity.register.browser.widgets;

import gr.integrity.register.browser.Browser;
import org.openqa.selenium.JavascriptExecutor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A PrimeFaces {@code p:datePicker}. Its overlay opens on focus and takes the keys typed into the field for
 * itself, so the date is set as the calendar would set it (the widget's own {@code setDate}), then the overlay
 * is closed and the field checked to show the date in the page's pattern.
 */
public final class DatePicker {

    private final Browser browser;
    private final String id;

    public DatePicker(Browser browser, String id) {
        this.browser = browser;
        this.id = id;
    }

    /** Sets the date; the pattern is the one the page's component declares (e.g. dd/MM/yyyy). */
    public void set(LocalDate date, String pattern) {
        browser.byId(id + "_input");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var picker = PrimeFaces.getWidgetById(arguments[0]);"
                        + " picker.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));"
                        + " picker.hide();",
                id, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        browser.awaitIdle();
        assertEquals(date.format(DateTimeFormatter.ofPattern(pattern)),
                browser.byId(id + "_input").getAttribute("value"), "the date picker shows the date");
    }
}

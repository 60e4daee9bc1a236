package de.dnpm.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.List;

/**
 * The view's access to {@link LabelTexts} in the current view's language: {@code #{labels.code('status', s)}},
 * {@code #{labels.date(d)}}, {@code #{labels.statusStyle(s)}}.
 */
@Named
@ApplicationScoped
public class Labels {

    static final String BUNDLE = "de.dnpm.registry.web.messages";

    public String code(String vocabulary, String code) {
        return texts().code(vocabulary, code);
    }

    public String phases(List<String> phases) {
        return texts().phases(phases);
    }

    public String country(String englishName) {
        return texts().country(englishName);
    }

    public String date(String iso) {
        return texts().date(iso);
    }

    public String age(String text) {
        return texts().age(text);
    }

    public String ageRange(String minimum, String maximum) {
        return texts().ageRange(minimum, maximum);
    }

    public String yesNo(Boolean value) {
        return texts().yesNo(value);
    }

    /** The badge colour of a recruitment status: open, soon, running, closed, stopped or unknown. */
    public String statusStyle(String status) {
        if (status == null) {
            return "status-unknown";
        }
        return switch (status) {
            case "RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE" -> "status-open";
            case "NOT_YET_RECRUITING" -> "status-soon";
            case "ACTIVE_NOT_RECRUITING", "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING" -> "status-running";
            case "COMPLETED", "NO_LONGER_AVAILABLE" -> "status-closed";
            case "TERMINATED", "WITHDRAWN", "SUSPENDED", "WITHHELD" -> "status-stopped";
            default -> "status-unknown";
        };
    }

    private static LabelTexts texts() {
        FacesContext context = FacesContext.getCurrentInstance();
        return new LabelTexts(context.getApplication().getResourceBundle(context, "msg"),
                context.getViewRoot().getLocale());
    }
}

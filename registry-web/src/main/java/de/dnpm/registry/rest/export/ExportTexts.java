package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.ProblemResponses;
import de.dnpm.registry.web.LabelTexts;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of exports and feeds in the reader's language (German or English after Accept-Language, English by
 * default), from the portal's {@code messages} bundle: headings, feed titles and the labels of coded values.
 */
public record ExportTexts(Locale locale, ResourceBundle bundle, LabelTexts labels) {

    static final String BUNDLE = "de.dnpm.registry.web.messages";

    public static ExportTexts of(HttpHeaders headers) {
        return of(ProblemResponses.language(headers));
    }

    public static ExportTexts of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ExportTexts(locale, bundle, new LabelTexts(bundle, locale));
    }

    public String text(String key, Object... arguments) {
        return arguments.length == 0 ? bundle.getString(key)
                : new java.text.MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}

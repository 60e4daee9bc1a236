package de.dnpm.registry.web;

import de.dnpm.registry.application.StudyCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;

/**
 * The statistics page ({@code statistics.xhtml}, "the registry at a glance"): the index counts once per change of
 * its content ({@link StudyCatalog#statistics()}); this bean hands the counts to a {@link StatisticsPage} in the
 * view's language, once per request.
 */
@Named
@RequestScoped
public class StatisticsView {

    @Inject
    StudyCatalog catalog;

    @Inject
    GermanyOutline outline;

    private StatisticsPage page;

    public StatisticsPage getPage() {
        if (page == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            Locale locale = context.getViewRoot().getLocale();
            page = new StatisticsPage(catalog.statistics(),
                    new LabelTexts(context.getApplication().getResourceBundle(context, "msg"), locale), locale,
                    outline.path());
        }
        return page;
    }
}

package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.StudyHit;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** Feeds the result table page by page from the search view, which runs (and remembers) each search once. */
public class SearchResultModel extends LazyDataModel<StudyHit> {

    private static final long serialVersionUID = 1L;

    private final SearchView view;

    public SearchResultModel(SearchView view) {
        this.view = view;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, view.getResults().total());
    }

    @Override
    public List<StudyHit> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                               Map<String, FilterMeta> filterBy) {
        List<StudyHit> hits = view.showPage(first / Math.max(1, pageSize)).hits();
        setRowCount(count(filterBy));
        return hits;
    }

    @Override
    public String getRowKey(StudyHit hit) {
        return hit.primaryRegistryId();
    }

    @Override
    public StudyHit getRowData(String rowKey) {
        List<StudyHit> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(hit -> hit.primaryRegistryId().equals(rowKey)).findFirst().orElse(null);
    }
}

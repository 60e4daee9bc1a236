package de.dnpm.registry.web;

import de.dnpm.registry.application.ImportJobView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** Feeds the job history table page by page, newest first, from the import view. */
public class ImportJobsModel extends LazyDataModel<ImportJobView> {

    private static final long serialVersionUID = 1L;

    private final ImportsView view;

    public ImportJobsModel(ImportsView view) {
        this.view = view;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, view.jobCount());
    }

    @Override
    public List<ImportJobView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        List<ImportJobView> jobs = view.history(first, pageSize);
        setRowCount(count(filterBy));
        return jobs;
    }

    @Override
    public String getRowKey(ImportJobView job) {
        return Long.toString(job.id());
    }

    @Override
    public ImportJobView getRowData(String rowKey) {
        List<ImportJobView> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(job -> Long.toString(job.id()).equals(rowKey)).findFirst().orElse(null);
    }
}

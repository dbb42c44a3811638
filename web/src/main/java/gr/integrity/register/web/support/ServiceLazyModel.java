package gr.integrity.register.web.support;

import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A PrimeFaces lazy table whose paging and sorting the service does in the database: the page asks for one page
 * at a time and never holds the whole list.
 */
public class ServiceLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, ResultPage<T>> loader;
    private final transient Function<T, Object> key;
    private transient ResultPage<T> last;

    public ServiceLazyModel(Function<PageRequest, ResultPage<T>> loader, Function<T, Object> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, loader.apply(new PageRequest(0, 1, null, true)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
        String field = null;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            field = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        last = loader.apply(new PageRequest(first, pageSize, field, ascending));
        setRowCount((int) Math.min(Integer.MAX_VALUE, last.total()));
        return last.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        if (last == null) {
            return null;
        }
        return last.items().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}

package io.medli.boards.ui.internal;

import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;

/** Text columns of a table viewer whose rows are of one type; sortable ones sort on a click of their header, again for the other direction. */
public final class Columns {
    private Columns() {
    }

    public static <T> TableViewerColumn add(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }
        });
        return col;
    }

    public static <T> TableViewerColumn sortable(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text, Comparator<T> order) {
        TableViewerColumn col = add(viewer, type, title, width, text);
        col.getColumn().addListener(SWT.Selection, e -> {
            var table = viewer.getTable();
            int dir = table.getSortColumn() == col.getColumn() && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
            table.setSortColumn(col.getColumn());
            table.setSortDirection(dir);
            viewer.setComparator(new ViewerComparator() {
                @Override
                public int compare(Viewer v, Object a, Object b) {
                    int c = order.compare(type.cast(a), type.cast(b));
                    return dir == SWT.UP ? c : -c;
                }
            });
        });
        return col;
    }
}

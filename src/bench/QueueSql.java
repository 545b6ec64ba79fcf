import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observer.review.QueueRow;
import org.observer.review.ReportFilter;
import org.observer.review.ReportQuery;
import org.observer.review.ReportQueue;

/**
 * Writes, for each filter (a URL query), the statements the queue page runs for it, with the values in
 * place: the page's rows and the capped count. pgbench runs them as the baseline of review-queue.sh.
 * Arguments: election id, zone, output folder, then the queries.
 */
public class QueueSql {
    public static void main(String[] args) throws Exception {
        long election = Long.parseLong(args[0]);
        ZoneId zone = ZoneId.of(args[1]);
        for (int i = 3; i < args.length; i++) {
            ReportFilter filter = ReportFilter.parse(params(args[i])).filter();
            ReportQuery query = ReportQuery.of(filter, election, zone);
            String from = inline(query.from(), query.params());
            String sql = "select " + QueueRow.COLUMNS + " from " + from + " order by " + query.orderBy(filter.sort())
                    + " limit " + (ReportQueue.PAGE_SIZE + 1) + " offset " + (filter.page() - 1) * ReportQueue.PAGE_SIZE
                    + ";\nselect count(*) from (select 1 from " + from + " limit " + (ReportQueue.COUNT_LIMIT + 1)
                    + ") x;\n";
            Files.writeString(Path.of(args[2], "queue" + (i - 3) + ".sql"), sql.replace("\n", " ").replace("; ", ";\n"));
        }
    }

    static String inline(String sql, List<Object> params) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                Object value = params.get(next++);
                out.append(value instanceof Number ? value.toString()
                        : "'" + value.toString().replace("'", "''") + "'" + (value instanceof java.time.OffsetDateTime ? "::timestamptz" : ""));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static Map<String, List<String>> params(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(kv[0], k -> new ArrayList<>())
                    .add(java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return params;
    }
}

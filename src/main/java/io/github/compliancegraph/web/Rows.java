package io.github.compliancegraph.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.compliancegraph.problem.InvalidParameterException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How list endpoints answer: JSON {@code {rows, ...}} by default, CSV with {@code ?format=csv}.
 * CSV cells that a spreadsheet would run as a formula are neutralised with a leading quote.
 */
public final class Rows {

    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String FORMAT = "format";
    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

    private Rows() {
    }

    /** {@code json} when JSON is asked for (the default), else these rows as CSV. */
    public static ResponseEntity<?> respond(String format, List<Map<String, Object>> rows, Object json) {
        if (format == null || format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok(json);
        }
        if (format.equalsIgnoreCase("csv")) {
            return ResponseEntity.ok().contentType(CSV).body(csv(rows));
        }
        throw new InvalidParameterException(FORMAT, "'" + format + "' is neither json nor csv");
    }

    /** The query's parameters but {@code format}, which says how to answer, not what to ask the graph. */
    public static Map<String, String> withoutFormat(Map<String, String> query) {
        var parameters = new LinkedHashMap<>(query);
        parameters.remove(FORMAT);
        return parameters;
    }

    static String csv(List<Map<String, Object>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (Map<String, Object> row : rows) {
                List<String> cells = new ArrayList<>();
                columns.forEach(c -> cells.add(neutralise(cell(row.get(c)))));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Rows::cell).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + cell(e.getValue())).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    static String neutralise(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.contains(cell.charAt(0)) ? "'" + cell : cell;
    }
}

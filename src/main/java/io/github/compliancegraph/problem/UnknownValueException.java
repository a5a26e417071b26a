package io.github.compliancegraph.problem;

import java.util.List;

/** A parameter names something the graph does not hold; answered 404 with the valid values. */
public class UnknownValueException extends RuntimeException {

    private final String parameter;
    private final List<String> validValues;

    public UnknownValueException(String parameter, String value, List<String> validValues) {
        super("unknown " + parameter + " '" + value + "'" + (validValues.isEmpty() ? "" : "; valid values: " + String.join(", ", validValues)));
        this.parameter = parameter;
        this.validValues = validValues;
    }

    public String parameter() {
        return parameter;
    }

    public List<String> validValues() {
        return validValues;
    }
}

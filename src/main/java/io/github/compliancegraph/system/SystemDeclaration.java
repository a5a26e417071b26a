package io.github.compliancegraph.system;

import java.util.List;

/**
 * A customer's own system as its owner declares it ({@code POST /api/systems}): an id, a name and the
 * providers whose services it is built on.
 *
 * @param id          party id, lower case ({@code health-records-app})
 * @param name        what people call it
 * @param description what it is, optional
 * @param buildsOn    the provider party ids it builds on, at least one
 */
public record SystemDeclaration(String id, String name, String description, List<String> buildsOn) {
}

package io.github.compliancegraph.framework;

/** A framework's identity as stored on its {@code (:Framework)} node. */
public record FrameworkInfo(String id, String name, String version, String publisher, String description) {
}

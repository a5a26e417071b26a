package io.github.compliancegraph.framework;

/**
 * A framework's identity as stored on its {@code (:Framework)} node.
 *
 * @param version        the framework's edition ("2022", "rev 5", "3.2"), what people name it by
 * @param libraryVersion the packaging version of the library file its catalog was imported from (a CISO
 *                       Assistant library's {@code version}, bumped at each repackaging), or null
 */
public record FrameworkInfo(String id, String name, String version, String publisher, String description,
        String libraryVersion) {

    /** A framework known without a library file: the registry's, or one a document names. */
    public FrameworkInfo(String id, String name, String version, String publisher, String description) {
        this(id, name, version, publisher, description, null);
    }

    /** The same framework, its catalog read from a library file of this packaging version. */
    public FrameworkInfo fromLibrary(String packagingVersion) {
        return new FrameworkInfo(id, name, version, publisher, description, packagingVersion);
    }
}

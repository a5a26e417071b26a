package io.github.compliancegraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read and who may write. Every write endpoint (imports) needs HTTP Basic credentials of the
 * importer account; reads are open unless {@code readAccess} closes them. No password has a default:
 * an account without one does not exist. A browser may write only from a page of this server's own origin or
 * of {@code allowedOrigins}.
 *
 * @param importerUsername user name of the account allowed to import (and read)
 * @param importerPassword its password; unset means no one may write over HTTP
 * @param readAccess       whether reads are open to anyone or need an account
 * @param readerUsername   user name of the read-only account
 * @param readerPassword   its password; unset means no read-only account
 * @param allowedOrigins   other origins ({@code https://host[:port]}) whose pages may write, such as a front end
 *                         serving the app under another name; none by default
 */
@ConfigurationProperties("compliance.security")
public record AccessProperties(@DefaultValue("importer") String importerUsername, String importerPassword,
        @DefaultValue("open") ReadAccess readAccess, @DefaultValue("reader") String readerUsername, String readerPassword,
        @DefaultValue List<String> allowedOrigins) {

    public enum ReadAccess { OPEN, AUTHENTICATED }
}

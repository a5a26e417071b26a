package io.github.compliancegraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write. Reads are open; every write endpoint (imports) needs HTTP Basic credentials of
 * the importer account. There is no default password: without one, writes are refused.
 *
 * @param importerUsername user name of the account allowed to import
 * @param importerPassword its password; unset means no one may write over HTTP
 */
@ConfigurationProperties("compliance.security")
public record AccessProperties(@DefaultValue("importer") String importerUsername, String importerPassword) {
}

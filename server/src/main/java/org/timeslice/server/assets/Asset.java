package org.timeslice.server.assets;

/**
 * One static file held in memory.
 *
 * @param logicalName path below the asset root, e.g. {@code css/site.css}
 * @param hashedName the same path with a content hash before the extension, e.g. {@code css/site.3f9a1c02bd.css}
 */
public record Asset(String logicalName, String hashedName, String contentType, byte[] bytes) {}

package org.timeslice.server.web;

/**
 * One interactive widget of the site.
 *
 * @param id URL segment: {@code /play/{id}}
 * @param available false while the widget is still being built (listed, not linked)
 */
public record Widget(String id, String title, String summary, boolean available) {}

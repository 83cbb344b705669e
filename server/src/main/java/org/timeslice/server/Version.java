package org.timeslice.server;

/** The build's version, from the jar manifest ({@code dev} when running from classes). */
final class Version {
  private Version() {}

  static String current() {
    String version = App.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}

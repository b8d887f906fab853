package dev.widgetry.a2ui;

/**
 * A union member the writer's A2UI version does not have ({@link A2uiVersionGate#requireMember}):
 * thrown before anything of it is written, so the envelope writer can find the prop that holds it.
 */
final class RefusedMember extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  RefusedMember(String message) {
    super(message);
  }
}

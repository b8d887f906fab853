package dev.widgetry.benchmarks.avaje;

/**
 * The benchmarks only write with avaje-jsonb, so the adapters written by hand here (for what its
 * generator cannot do) only write; reading through one is refused with this.
 */
final class WriteOnly {
  private WriteOnly() {}

  static UnsupportedOperationException refused() {
    return new UnsupportedOperationException("The benchmarks read no JSON with avaje-jsonb");
  }
}

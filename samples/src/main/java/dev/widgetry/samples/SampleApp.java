package dev.widgetry.samples;

public final class SampleApp {
  private SampleApp() {}

  public static void main(String[] args) {
    System.out.println("Widgetry sample");
  }
}

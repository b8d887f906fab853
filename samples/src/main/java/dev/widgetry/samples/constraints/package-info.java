/**
 * Tiny stand-ins for the Jakarta Validation constraints the samples use. Widgetry reads
 * constraints by simple name, so an application would use {@code jakarta.validation}'s own; the
 * samples define these to depend on nothing but Widgetry.
 */
package dev.widgetry.samples.constraints;

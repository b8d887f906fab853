package dev.widgetry.samples.gallery;

import dev.widgetry.chatkit.Basic;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.WidgetPipeline;
import dev.widgetry.samples.ModelWalkthrough;
import dev.widgetry.samples.catalog.ComponentSampler;
import dev.widgetry.samples.flights.FlightHandlers;
import dev.widgetry.samples.flights.FlightOptions;
import dev.widgetry.samples.flights.FlightSurface;
import dev.widgetry.samples.invoice.Invoice;
import dev.widgetry.samples.invoice.InvoiceHandlers;
import dev.widgetry.samples.invoice.InvoiceSurface;
import dev.widgetry.samples.itinerary.ItineraryHandlers;
import dev.widgetry.samples.itinerary.TripItinerary;
import dev.widgetry.samples.profile.Profile;
import dev.widgetry.samples.profile.ProfileHandlers;
import dev.widgetry.samples.profile.ProfileSurface;
import dev.widgetry.samples.report.ReportHandlers;
import dev.widgetry.samples.report.SalesReport;
import dev.widgetry.samples.shop.CartHandlers;
import dev.widgetry.samples.shop.OrderSummary;
import dev.widgetry.samples.shop.OrderSurface;
import dev.widgetry.samples.signup.SignUp;
import dev.widgetry.samples.signup.SignUpHandlers;
import dev.widgetry.samples.signup.SignUpSurface;
import dev.widgetry.samples.tasks.TaskHandlers;
import dev.widgetry.samples.tasks.TaskList;
import dev.widgetry.samples.tasks.TaskSurface;
import dev.widgetry.samples.weather.WeatherData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gallery's widgets, each with the handlers that keep its state, and one dispatcher for all
 * of their actions. Each gallery has state of its own, so two galleries (two tests) never meet.
 */
public final class Gallery {
  /** The largest action body the endpoint reads: forms here are small, and a bigger body is refused unread. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private final List<GalleryEntry> entries;
  private final WidgetPipeline pipeline;
  private final List<Object> handlers;
  private final ActionDispatcher dispatcher;

  private Gallery(List<GalleryEntry> entries, WidgetPipeline pipeline, List<Object> handlers) {
    this.entries = entries;
    this.pipeline = pipeline;
    this.handlers = handlers;
    this.dispatcher = dispatcherWith();
  }

  /** A gallery with every widget in its first state. */
  public static Gallery create() {
    CartHandlers cart = new CartHandlers();
    FlightHandlers flights = new FlightHandlers();
    SignUpHandlers signUp = new SignUpHandlers();
    ReportHandlers report = new ReportHandlers();
    TaskHandlers tasks = new TaskHandlers();
    InvoiceHandlers invoice = new InvoiceHandlers();
    ProfileHandlers profile = new ProfileHandlers();
    ItineraryHandlers itinerary = new ItineraryHandlers();
    List<GalleryEntry> entries = List.of(
        GalleryEntry.of("order", "Order summary", "A cart whose buttons change quantities and totals on the server.",
            OrderSummary.class, cart::widget, cart)
            .withSurface(() -> OrderSurface.of(cart.summary())),
        GalleryEntry.of("flights", "Flight picker", "A list to pick from; the cabin select reprices every row.",
            FlightOptions.class, flights::widget, flights)
            .withSurface(() -> FlightSurface.of(flights.options())),
        GalleryEntry.of("signup", "Sign-up form", "A card that is a form. Bad input is refused by the generated"
            + " parser, with a JSON Pointer per field.", SignUp.class, signUp::widget, signUp)
            .withSurface(() -> SignUpSurface.of(signUp.account().orElse(null))),
        GalleryEntry.of("report", "Revenue chart", "Stacked bars against a target line; the select changes the period.",
            SalesReport.class, report::widget, report),
        GalleryEntry.of("tasks", "Task list", "Checkboxes that fire on change, and a form that adds a task.",
            TaskList.class, tasks::widget, tasks)
            .withSurface(() -> TaskSurface.of(tasks.list())),
        GalleryEntry.of("invoice", "Invoice table", "A table with header and total rows, and buttons that settle it.",
            Invoice.class, invoice::widget, invoice)
            .withSurface(() -> InvoiceSurface.of(invoice.invoice())),
        GalleryEntry.of("profile", "Profile card", "Follow toggles in place; Message adds a composer below.",
            Profile.class, profile::widget, profile)
            .withSurface(() -> ProfileSurface.of(profile.profile())),
        GalleryEntry.of("weather", "From a model", "A model's tool call parsed into a record and drawn as a card.",
            WeatherData.class, ModelWalkthrough::card)
            .withNotes(ModelWalkthrough.markdown()),
        GalleryEntry.of("itinerary", "From a Builder export", "A Widget Builder `.widget` file compiled into Java,"
            + " drawn from a model's tool call; Book re-renders it booked.", TripItinerary.class, itinerary::widget,
            itinerary)
            .withNotes(ItineraryHandlers.notes()),
        GalleryEntry.of("catalog", "The whole catalog", "Every ChatKit component and icon, in one `Basic` root.",
            Basic.class, ComponentSampler::render)
            .asWide());
    WidgetPipeline pipeline = WidgetPipeline.of(ThemePreference.DARK_THEME);
    return new Gallery(entries, pipeline, List.of(cart, flights, signUp, report, tasks, invoice, profile, itinerary));
  }

  /** The entries, in the order the page shows them. */
  public List<GalleryEntry> entries() {
    return entries;
  }

  /** The entry with this id. */
  public Optional<GalleryEntry> entry(String id) {
    return entries.stream().filter(entry -> entry.id().equals(id)).findFirst();
  }

  /** The middleware every widget goes through before it is sent, by the endpoint or the gallery's JSON. */
  public WidgetPipeline pipeline() {
    return pipeline;
  }

  /**
   * Dispatches the actions of every entry: a ChatKit page's {@code {"action", "itemId"}}, and an
   * A2UI renderer's {@code {"version": "v0.9", "action"}} for the entries' surfaces.
   */
  public ActionDispatcher dispatcher() {
    return dispatcher;
  }

  /**
   * One dispatcher for the actions of every entry and those of {@code more} handlers, with the same
   * limit and middleware: the chat page's widgets reach the same handlers as the gallery's.
   */
  public ActionDispatcher dispatcherWith(Object... more) {
    List<Object> all = new ArrayList<>(handlers);
    all.addAll(List.of(more));
    return ActionDispatcher.of(all.toArray())
        .withMaxBodyBytes(MAX_BODY_BYTES)
        .withMiddleware(pipeline);
  }
}

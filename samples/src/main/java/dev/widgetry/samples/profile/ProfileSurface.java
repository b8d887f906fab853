package dev.widgetry.samples.profile;

import static dev.widgetry.samples.A2uiButtons.button;

import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Divider;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Image;
import dev.widgetry.a2ui.basic.Justify;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The profile as an A2UI surface. Its data model is a {@link ProfileSurfaceModel}: the {@link
 * Profile} and an empty {@link DirectMessage} the composer writes to, both bound by typed paths.
 * The buttons fire {@link ProfileHandlers}' own actions through {@code ProfileHandlersActions.A2ui}.
 * Where the ChatKit card adds a composer card below itself, the surface draws the composer inside
 * itself, and then the receipt in its place: what is drawn is the surface's, so the handler keeps
 * no state for it.
 */
public final class ProfileSurface {
  /** The surface's id, also the gallery entry's. */
  public static final String ID = "profile";

  private ProfileSurface() {}

  /** The profile, with its buttons. */
  public static Surface of(Profile profile) {
    return surface(profile, List.of());
  }

  /** The profile with the message composer under it. */
  public static Surface composing(Profile profile) {
    ProfileSurfaceModelPaths model = ProfileSurfaceModelPaths.root();
    return surface(profile, List.of(Divider.of(), composer(profile, model.draft())));
  }

  /** The profile with the receipt of {@code message} under it. */
  public static Surface sent(Profile profile, DirectMessage message) {
    return surface(profile, List.of(Divider.of(),
        Text.of("Sent to " + profile.name(), Text.Variant.H5),
        Text.of("“" + message.text().trim() + "”", Text.Variant.CAPTION)));
  }

  private static Surface surface(Profile profile, List<Node> below) {
    ProfileSurfaceModelPaths model = ProfileSurfaceModelPaths.root();
    ProfilePaths paths = model.profile();
    List<Node> rows = new ArrayList<>();
    rows.add(Row.of(
        Image.builder().url(paths.avatar()).variant(Image.Variant.AVATAR).build(),
        Column.of(
            Text.of(paths.name(), Text.Variant.H3),
            Text.of(Functions.formatText("@", paths.handle(), " · ", paths.role()), Text.Variant.CAPTION),
            Text.of(paths.location(), Text.Variant.CAPTION))));
    rows.add(Text.of(paths.bio()));
    List<Node> skills = new ArrayList<>();
    for (int i = 0; i < profile.skills().size(); i++) {
      skills.add(Text.of(paths.skills().item(i), Text.Variant.CAPTION));
    }
    rows.add(Row.of(skills.toArray(Node[]::new)));
    rows.add(Divider.of());
    rows.add(Row.of(Row.builder().justify(Justify.SPACE_AROUND),
        stat(Text.of(Functions.formatNumber(paths.followers()), Text.Variant.H4), "Followers"),
        stat(Text.of(Functions.formatNumber(paths.projects()), Text.Variant.H4), "Projects"),
        stat(Text.of(String.valueOf(profile.skills().size()), Text.Variant.H4), "Skills")));
    rows.add(Row.of(Row.builder().justify(Justify.END),
        button("Message", ProfileHandlersActions.A2ui.message(), Button.Variant.DEFAULT),
        button(profile.followed() ? "Following" : "Follow", ProfileHandlersActions.A2ui.follow(),
            profile.followed() ? Button.Variant.DEFAULT : Button.Variant.PRIMARY)));
    rows.addAll(below);
    return Surface.builder(ID)
        .root(Card.of(Column.of(rows.toArray(Node[]::new))))
        .dataModel(new ProfileSurfaceModel(profile, new DirectMessage("")))
        .build();
  }

  private static Node composer(Profile profile, DirectMessagePaths draft) {
    return Column.of(
        TextField.builder()
            .label(new StringLiteral("Message " + profile.name()))
            .value(draft.text())
            .variant(TextField.Variant.LONG_TEXT)
            .checks(List.of(CheckRule.of(Functions.maxLength(draft.text(), 500), "At most 500 characters")))
            .build(),
        Row.of(Row.builder().justify(Justify.END),
            button("Send", ProfileHandlersActions.A2ui.send(draft.text()), Button.Variant.PRIMARY,
                CheckRule.of(Functions.required(draft.text()), "Write something first"))));
  }

  private static Node stat(Node value, String label) {
    return Column.of(value, Text.of(label, Text.Variant.CAPTION));
  }
}

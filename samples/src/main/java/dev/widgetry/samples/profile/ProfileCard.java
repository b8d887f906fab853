package dev.widgetry.samples.profile;

import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.Form;
import dev.widgetry.chatkit.Icon;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.IconSize;
import dev.widgetry.chatkit.Image;
import dev.widgetry.chatkit.Markdown;
import dev.widgetry.chatkit.Radius;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Textarea;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.TitleSize;
import dev.widgetry.chatkit.Transition;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.Wrap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Draws a profile as a ChatKit card, and the message composer and receipt its "Message" button leads to. */
public final class ProfileCard {
  private ProfileCard() {}

  /** The profile, with its follow and message buttons. */
  public static Card render(Profile profile) {
    List<WidgetComponent> skills = profile.skills().stream()
        .map(skill -> Badge.builder().label(skill).pill(true).build())
        .collect(Collectors.toList());
    return Card.builder()
        .children(
            Row.builder().gap(Dimension.of(3)).children(
                Image.builder().src(profile.avatar()).alt(profile.name()).size(Dimension.of(56)).radius(Radius.FULL).build(),
                Col.builder().flex(Dimension.of(1)).children(
                    Title.builder().value(profile.name()).size(TitleSize.SM).build(),
                    Caption.of("@" + profile.handle() + " · " + profile.role()),
                    Row.builder().gap(Dimension.of(1)).children(
                        Icon.builder().name(IconName.MAP_PIN).size(IconSize.SM).color(Color.of("tertiary")).build(),
                        Caption.of(profile.location()))
                        .build())
                    .build(),
                Badge.builder().label("Mentor").color(Badge.Color.DISCOVERY).pill(true).build())
                .build(),
            Markdown.of(profile.bio()),
            Row.builder().gap(Dimension.of(1)).wrap(Wrap.WRAP).children(skills).build(),
            Divider.of(),
            Row.builder().gap(Dimension.of(6)).children(
                stat(String.format(Locale.ROOT, "%,d", profile.followers()), "Followers", "followers"),
                stat(String.valueOf(profile.projects()), "Projects", "projects"),
                stat(String.valueOf(profile.skills().size()), "Skills", "skills"))
                .build(),
            Row.builder().gap(Dimension.of(2)).children(
                Button.builder().label("Message").iconStart(IconName.MAIL).onClickAction(ProfileHandlersActions.message())
                    .variant(ControlVariant.OUTLINE).color(Button.Color.SECONDARY).block(true).build(),
                Button.builder()
                    .key("follow")
                    .label(profile.followed() ? "Following" : "Follow")
                    .iconStart(profile.followed() ? IconName.CHECK : IconName.PLUS)
                    .onClickAction(ProfileHandlersActions.follow())
                    .variant(profile.followed() ? ControlVariant.SOFT : ControlVariant.SOLID)
                    .color(profile.followed() ? Button.Color.SECONDARY : Button.Color.PRIMARY)
                    .block(true)
                    .build())
                .build())
        .build();
  }

  /** A card with a form to write to the person. */
  public static Card composer(Profile profile) {
    return Card.builder()
        .size(Card.Size.SM)
        .children(Form.builder()
            .gap(Dimension.of(2))
            .onSubmitAction(ProfileHandlersActions.send())
            .children(
                Title.builder().value("Message " + profile.name()).size(TitleSize.SM).build(),
                Textarea.builder().name("text").rows(3).placeholder("Say hello…").build(),
                Row.of(Spacer.of(), Button.builder().label("Send").iconStart(IconName.MAIL).submit(true).build()))
            .build())
        .build();
  }

  /** The composer once its message is sent. */
  public static Card sent(Profile profile, DirectMessage message) {
    return Card.builder()
        .size(Card.Size.SM)
        .children(Transition.of(Row.builder().gap(Dimension.of(3)).children(
            Icon.builder().name(IconName.CHECK_CIRCLE).size(IconSize.XL).color(Color.of("success")).build(),
            Col.of(Text.of("Sent to " + profile.name()),
                Caption.builder().value("“" + message.text().trim() + "”").maxLines(2).build()))
            .build()))
        .build();
  }

  private static Col stat(String value, String label, String key) {
    return Col.of(Title.builder().value(value).size(TitleSize.SM).key(key).build(), Caption.of(label));
  }
}

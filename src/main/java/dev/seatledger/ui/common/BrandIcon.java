package dev.seatledger.ui.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.fontawesome5.FontAwesomeBrands;
import org.kordamp.ikonli.javafx.FontIcon;

/** The publisher's brand mark from the bundled icon font, or a coloured initials badge. */
public final class BrandIcon {
    private static final Map<String, Ikon> BRANDS = new LinkedHashMap<>();

    static {
        BRANDS.put("microsoft", FontAwesomeBrands.MICROSOFT);
        BRANDS.put("slack", FontAwesomeBrands.SLACK);
        BRANDS.put("atlassian", FontAwesomeBrands.ATLASSIAN);
        BRANDS.put("figma", FontAwesomeBrands.FIGMA);
        BRANDS.put("github", FontAwesomeBrands.GITHUB);
        BRANDS.put("gitlab", FontAwesomeBrands.GITLAB);
        BRANDS.put("google", FontAwesomeBrands.GOOGLE);
        BRANDS.put("apple", FontAwesomeBrands.APPLE);
        BRANDS.put("amazon", FontAwesomeBrands.AWS);
        BRANDS.put("aws", FontAwesomeBrands.AWS);
        BRANDS.put("dropbox", FontAwesomeBrands.DROPBOX);
        BRANDS.put("salesforce", FontAwesomeBrands.SALESFORCE);
        BRANDS.put("docker", FontAwesomeBrands.DOCKER);
        BRANDS.put("trello", FontAwesomeBrands.TRELLO);
        BRANDS.put("hubspot", FontAwesomeBrands.HUBSPOT);
        BRANDS.put("shopify", FontAwesomeBrands.SHOPIFY);
        BRANDS.put("mailchimp", FontAwesomeBrands.MAILCHIMP);
        BRANDS.put("intercom", FontAwesomeBrands.INTERCOM);
        BRANDS.put("red hat", FontAwesomeBrands.REDHAT);
        BRANDS.put("canonical", FontAwesomeBrands.UBUNTU);
        BRANDS.put("mozilla", FontAwesomeBrands.FIREFOX);
        BRANDS.put("digitalocean", FontAwesomeBrands.DIGITAL_OCEAN);
        BRANDS.put("wordpress", FontAwesomeBrands.WORDPRESS);
        BRANDS.put("automattic", FontAwesomeBrands.WORDPRESS);
        BRANDS.put("discord", FontAwesomeBrands.DISCORD);
        BRANDS.put("evernote", FontAwesomeBrands.EVERNOTE);
        BRANDS.put("stripe", FontAwesomeBrands.STRIPE);
        BRANDS.put("spotify", FontAwesomeBrands.SPOTIFY);
        BRANDS.put("skype", FontAwesomeBrands.SKYPE);
        BRANDS.put("jetbrains", null);
        BRANDS.put("oracle", null);
    }

    private static final String[] BADGE_COLOURS = {
        "#2563eb", "#7c3aed", "#db2777", "#dc2626", "#ea580c", "#ca8a04", "#16a34a", "#0d9488", "#0891b2", "#4f46e5"
    };

    private BrandIcon() {
    }

    /** The bundled brand for a publisher name, if one matches. */
    public static Optional<Ikon> brandFor(String publisher) {
        if (publisher == null) {
            return Optional.empty();
        }
        String p = publisher.toLowerCase(Locale.ROOT);
        return BRANDS.entrySet().stream()
            .filter(e -> e.getValue() != null && p.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .findFirst();
    }

    public static String initials(String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return "?";
        }
        String[] words = publisher.strip().split("[\\s\\-_.]+");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
                sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
            if (sb.length() >= 2) {
                break;
            }
        }
        if (sb.length() == 0) {
            sb.append(publisher.strip().substring(0, 1).toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    public static String colourFor(String publisher) {
        String key = publisher == null ? "" : publisher.toLowerCase(Locale.ROOT).strip();
        return BADGE_COLOURS[Math.floorMod(key.hashCode(), BADGE_COLOURS.length)];
    }

    public static Node create(String publisher, double size) {
        StackPane box = new StackPane();
        box.getStyleClass().add("brand-icon");
        box.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        box.setAccessibleText(dev.seatledger.core.common.Messages.get("a11y.brand", publisher == null ? "" : publisher));
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        Optional<Ikon> brand = brandFor(publisher);
        if (brand.isPresent()) {
            FontIcon icon = new FontIcon(brand.get());
            icon.setIconSize((int) Math.round(size * 0.62));
            icon.getStyleClass().add("brand-glyph");
            box.getChildren().add(icon);
        } else {
            Label initials = new Label(initials(publisher));
            initials.getStyleClass().add("brand-initials");
            initials.setStyle("-fx-font-size: " + Math.round(size * 0.4) + "px;");
            box.getStyleClass().add("brand-badge");
            box.setStyle("-fx-background-color: " + colourFor(publisher) + ";");
            box.getChildren().add(initials);
        }
        return box;
    }
}

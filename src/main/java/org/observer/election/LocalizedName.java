package org.observer.election;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A name as the election data gives it in each language of the interface. */
@Embeddable
public class LocalizedName {
    @Column(name = "name_en")
    public String en;
    @Column(name = "name_ru")
    public String ru;
    @Column(name = "name_kk")
    public String kk;

    public LocalizedName() {
    }

    public LocalizedName(String en, String ru, String kk) {
        this.en = en;
        this.ru = ru;
        this.kk = kk;
    }

    /** The name in the locale's language, English where that one is missing. */
    public String in(Locale locale) {
        String name = switch (locale == null ? "en" : locale.getLanguage()) {
            case "ru" -> ru;
            case "kk" -> kk;
            default -> en;
        };
        return name == null || name.isBlank() ? en : name;
    }

    @Override
    public String toString() {
        return en;
    }
}

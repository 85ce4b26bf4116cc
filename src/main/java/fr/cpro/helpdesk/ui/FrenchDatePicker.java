package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import fr.cpro.base.Translations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** A date picker that speaks French: month and day names from the translations, weeks from Monday, dd/MM/yyyy. */
final class FrenchDatePicker {

    private FrenchDatePicker() {
    }

    static DatePicker create(String label, LocalDate value) {
        var picker = new DatePicker(label);
        picker.setLocale(Translations.FRENCH);
        List<String> months = IntStream.rangeClosed(1, 12).mapToObj(m -> picker.getTranslation("date.month." + m)).toList();
        // Vaadin lists the days from Sunday.
        List<String> days = new ArrayList<>();
        days.add(picker.getTranslation("date.weekday." + DayOfWeek.SUNDAY.getValue()));
        for (int d = 1; d <= 6; d++) {
            days.add(picker.getTranslation("date.weekday." + d));
        }
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(days)
                .setWeekdaysShort(days.stream().map(d -> d.substring(0, 3) + ".").toList())
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("helpdesk.date.today"))
                .setCancel(picker.getTranslation("helpdesk.schools.cancel"))
                .setDateFormat("dd/MM/yyyy")
                .setBadInputErrorMessage(picker.getTranslation("helpdesk.date.bad-input")));
        picker.setValue(value);
        return picker;
    }
}

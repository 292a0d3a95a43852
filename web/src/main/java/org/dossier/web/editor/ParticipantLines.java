package org.dossier.web.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.core.event.Participant;
import org.dossier.core.event.ParticipantRole;

/**
 * Who took part in an event, as an editor types it: one actor a line, with the role in brackets
 * when it is not plain participation ("Sergey Lavrov (host)"). Works without script and survives a
 * conflict page unchanged.
 */
final class ParticipantLines {

    /** One line read: the actor's name and the role. */
    record Line(String name, ParticipantRole role) {
    }

    private static final Pattern ROLE_AT_END = Pattern.compile("^(.*?)\\s*\\(\\s*([A-Za-z]+)\\s*\\)$");

    private ParticipantLines() {
    }

    /** In alphabetical order, so the same participants always read the same. */
    static String write(java.util.Collection<Participant> participants) {
        return participants.stream()
                .sorted(java.util.Comparator.comparing((Participant p) -> p.actor.canonicalName).thenComparing(p -> p.role))
                .map(p -> p.role == ParticipantRole.PARTICIPANT ? p.actor.canonicalName : p.actor.canonicalName + " (" + p.role.code() + ")")
                .collect(Collectors.joining("\n"));
    }

    /** @throws IllegalArgumentException naming the line whose role is not one of {@link ParticipantRole} */
    static List<Line> read(String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : (text == null ? "" : text).split("\\R")) {
            String line = raw.strip();
            if (!line.isEmpty()) {
                lines.add(readLine(line));
            }
        }
        return lines;
    }

    private static Line readLine(String line) {
        Matcher withRole = ROLE_AT_END.matcher(line);
        if (!withRole.matches()) {
            return new Line(line, ParticipantRole.PARTICIPANT);
        }
        String role = withRole.group(2).toLowerCase(Locale.ROOT);
        try {
            return new Line(withRole.group(1), org.dossier.core.database.CodedEnum.fromCode(ParticipantRole.class, role));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + line + "': the role in brackets must be one of " + roles() + ".");
        }
    }

    static String roles() {
        return java.util.Arrays.stream(ParticipantRole.values()).map(ParticipantRole::code).collect(Collectors.joining(", "));
    }
}

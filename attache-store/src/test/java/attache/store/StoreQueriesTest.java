package attache.store;

import attache.store.testing.Stories;

import attache.model.Modality;
import attache.model.Plover;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StoreQueriesTest {

    @TempDir
    Path dir;

    private ArticleStore store;

    @BeforeEach
    void fill() {
        store = ArticleStore.open(dir);
        store.store(Stories.protest());
        store.store(Stories.aid());
        store.store(Stories.talks());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ids(EventQuery q) {
        return store.events(q).stream().map(EventRow::eventId).toList();
    }

    @Test
    void every_event_comes_by_day_then_article_then_position_undated_last() {
        assertEquals(List.of("talks#2", "talks#0", "talks#1", "aid#0", "aid#1", "protest#0"), ids(EventQuery.ALL));
    }

    @Test
    void actor_filters_match_code_prefixes() {
        assertEquals(List.of("talks#2", "talks#0"), ids(EventQuery.ALL.withSource("PRK")));
        assertEquals(List.of("aid#1"), ids(EventQuery.ALL.withSource("usagov")));
        assertEquals(List.of("talks#2"), ids(EventQuery.ALL.withTarget("KOR")));
        assertEquals(List.of("talks#2", "talks#1", "protest#0"), ids(EventQuery.ALL.withActor("KOR")));
    }

    @Test
    void a_dyad_matches_either_direction() {
        assertEquals(List.of("talks#0"), ids(EventQuery.ALL.withDyad("USA", "PRK")));
        assertEquals(List.of("aid#0"), ids(EventQuery.ALL.withDyad("PRK", "JPN")));
        assertEquals(List.of(), ids(EventQuery.ALL.withDyad("PRK", "JPN").withSource("JPN").withTarget("USA")));
    }

    @Test
    void type_and_cameo_root_filter() {
        assertEquals(List.of("aid#0"), ids(EventQuery.ALL.withType(Plover.AID)));
        assertEquals(List.of("talks#2"), ids(EventQuery.ALL.withCameo("19")));
        assertEquals(List.of("aid#1"), ids(EventQuery.ALL.withCameo("051")));
        assertEquals(List.of(), ids(EventQuery.ALL.withCameo("0511")));
    }

    @Test
    void a_date_range_holds_the_first_day_of_the_event_period_and_skips_the_undated() {
        assertEquals(List.of("talks#2", "talks#0", "talks#1"),
                ids(EventQuery.ALL.between(LocalDate.parse("2019-10-01"), LocalDate.parse("2019-10-31"))));
        assertEquals(List.of("talks#0", "talks#1"),
                ids(EventQuery.ALL.between(LocalDate.parse("2019-10-05"), LocalDate.parse("2019-10-07"))));
        assertEquals(List.of("aid#0", "aid#1"), ids(EventQuery.ALL.between(LocalDate.parse("2019-11-01"), null)));
    }

    @Test
    void place_negation_and_modality_filter() {
        assertEquals(List.of("talks#0"), ids(EventQuery.ALL.withPlace("stockholm")));
        assertEquals(List.of("talks#0"), ids(EventQuery.ALL.withPlace("SWE")));
        assertEquals(List.of("talks#2"), ids(EventQuery.ALL.withNegated(true)));
        assertEquals(5, ids(EventQuery.ALL.withNegated(false)).size());
        assertEquals(List.of("aid#1"), ids(EventQuery.ALL.withModality(Modality.REPORTED)));
    }

    @Test
    void limit_and_offset_page_through_the_same_order() {
        assertEquals(List.of("talks#0", "talks#1"), ids(EventQuery.ALL.page(2, 1)));
        assertEquals(List.of("protest#0"), ids(EventQuery.ALL.page(0, 5)));
    }

    @Test
    void an_event_row_carries_its_article_and_evidence() {
        EventRow row = store.events(EventQuery.ALL.withPlace("Stockholm")).get(0);
        assertEquals("wire-service.com", row.outlet());
        assertEquals(LocalDate.parse("2019-10-07"), row.published());
        assertEquals("PRK", row.sourceCode());
        assertEquals("USA", row.targetCode());
        assertEquals(LocalDate.parse("2019-10-05"), row.day());
        assertEquals("North Korea and the United States held talks in Stockholm on Saturday.", row.evidenceText());
        assertEquals(1, row.quadClass());
    }

    @Test
    void a_timeline_counts_an_actors_events_per_day() {
        List<TimelineDay> days = store.timeline("PRK", Optional.empty());
        assertEquals(List.of("2019-10-01", "2019-10-05", "2019-11-01"),
                days.stream().map(d -> d.day().toString()).toList());
        assertEquals(List.of(1, 1, 1), days.stream().map(TimelineDay::count).toList());
        List<TimelineDay> withUsa = store.timeline("PRK", Optional.of("USA"));
        assertEquals(1, withUsa.size());
        assertEquals("talks#0", withUsa.get(0).events().get(0).eventId());
    }

    @Test
    void quotes_filter_by_speaker_name_and_actor() {
        assertEquals(2, store.quotes(Optional.empty(), Optional.empty()).size());
        List<QuoteRow> kim = store.quotes(Optional.of("myong"), Optional.empty());
        assertEquals(List.of("the talks broke down"), kim.stream().map(QuoteRow::text).toList());
        assertEquals("PRKGOV", kim.get(0).speakerActorCode());
        assertEquals(List.of("aid"), store.quotes(Optional.empty(), Optional.of("USA")).stream()
                .map(QuoteRow::articleId).toList());
        assertEquals(List.of(), store.quotes(Optional.of("lopez"), Optional.of("PRK")));
    }

    @Test
    void stats_rank_actors_and_dyads_and_count_quad_classes_per_month() {
        StoreStats stats = store.stats();
        assertEquals(6L, stats.tables().get("events"));
        assertEquals(new StoreStats.ActorCount("JPN", 3), stats.topActors().get(0));
        assertEquals(new StoreStats.ActorCount("PRK", 3), stats.topActors().get(1));
        assertEquals(5, stats.topDyads().size());
        assertEquals(List.of(new StoreStats.MonthCount("2019-10", 1, 1), new StoreStats.MonthCount("2019-10", 3, 1),
                new StoreStats.MonthCount("2019-10", 4, 1), new StoreStats.MonthCount("2019-11", 1, 1),
                new StoreStats.MonthCount("2019-11", 2, 1)), stats.byMonth());
    }

    @Test
    void a_backward_date_range_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> EventQuery.ALL.between(LocalDate.parse("2019-10-02"), LocalDate.parse("2019-10-01")));
    }
}

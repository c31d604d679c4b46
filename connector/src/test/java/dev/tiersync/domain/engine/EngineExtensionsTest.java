package dev.tiersync.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.profile.Enrichment;
import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.domain.segments.SegmentDefinition;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.domain.signals.ChurnSignal;
import dev.tiersync.domain.signals.Finding;
import dev.tiersync.domain.signals.PluginSignals;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.testdata.OrgHistories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engine's extension points on a generated org: enrichment comes first and is what the extra signals
 * and the named conditions see; a segment asking for a named condition takes the accounts that meet it,
 * with the condition's reason in theirs; accounts it does not touch are assessed exactly as without it.
 */
class EngineExtensionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final List<AccountHistory> ORG = OrgHistories.of(OrgData.generate(400, 17, AS_OF)).histories();
    private static final NamedCondition USES_CRM = new NamedCondition("uses-crm", Map.of("vendor", "HubSpot"));

    @Test
    void enrichedAccountsMeetTheNamedConditionAndTheOthersAreAssessedAsWithoutExtensions() {
        SegmentationConfig config = withCompetitorCrmFirst(SegmentationConfig.defaults());
        OnHubSpot extensions = new OnHubSpot();

        Map<String, Segmentation> plain = byId(new Segmenter(config).assess(ORG, AS_OF));
        Map<String, Segmentation> extended = byId(new Segmenter(config).assess(ORG, AS_OF, extensions));

        assertThat(extensions.enrichedBatches).as("enrichment runs once, on accounts not yet enriched").containsExactly(ORG.size());
        Set<String> onHubSpot = ORG.stream().map(AccountHistory::accountId).filter(OnHubSpot::uses).collect(Collectors.toSet());
        assertThat(onHubSpot).hasSizeBetween(100, 300);
        for (AccountHistory history : ORG) {
            String id = history.accountId();
            Segmentation result = extended.get(id);
            if (onHubSpot.contains(id)) {
                assertThat(result.segment()).isEqualTo("Competitor CRM");
                assertThat(result.reasons()).as(id).contains(". Competitor CRM: runs HubSpot.").hasSizeLessThanOrEqualTo(255);
                if (result.metrics().isCustomer()) {
                    assertThat(result.reasons()).as("the extra signal saw the enrichment").contains("on a competitor's CRM");
                }
            } else {
                assertThat(result).as(id).isEqualTo(plain.get(id));
            }
        }
        assertThat(plain.values()).as("without extensions nothing meets the named condition")
                .noneMatch(s -> s.segment().equals("Competitor CRM"));
    }

    @Test
    void withoutExtensionsTheAssessmentIsTheCoresAlone() {
        Segmenter segmenter = new Segmenter(SegmentationConfig.defaults());

        assertThat(segmenter.assess(ORG, AS_OF, Extensions.NONE)).isEqualTo(segmenter.assess(ORG, AS_OF));
    }

    @Test
    void aContributorThatWithdrawsHalfwayThroughIsWithdrawnForEveryAccountNotJustTheRest() {
        SegmentationConfig config = withCompetitorCrmFirst(SegmentationConfig.defaults());
        OnHubSpot withdrawingAfterTen = new OnHubSpot() {
            final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public Optional<String> reasonIfMet(NamedCondition condition, AccountProfile account) {
                return asked.incrementAndGet() > 10 ? Optional.empty() : super.reasonIfMet(condition, account);
            }

            @Override
            public int withdrawals() {
                return asked.get() > 10 ? 1 : 0;
            }
        };

        List<Segmentation> results = new Segmenter(config).assess(ORG, AS_OF, withdrawingAfterTen);

        assertThat(withdrawingAfterTen.enrichedBatches).as("a second pass, enriched again from what still holds").hasSize(2);
        assertThat(results).noneMatch(s -> s.segment().equals("Competitor CRM"));
    }

    private static SegmentationConfig withCompetitorCrmFirst(SegmentationConfig config) {
        List<SegmentDefinition> segments = new ArrayList<>();
        segments.add(new SegmentDefinition("Competitor CRM", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(USES_CRM)));
        segments.addAll(config.segments().segments());
        return new SegmentationConfig(config.industries(), config.sizeBands(), config.value(), config.tiers(), config.churn(),
                config.upsell(), new SegmentRules(segments));
    }

    private static Map<String, Segmentation> byId(List<Segmentation> results) {
        return results.stream().collect(Collectors.toMap(Segmentation::accountId, s -> s));
    }

    /** Roughly every other account runs HubSpot, by its id; a signal and a condition that read it. */
    static class OnHubSpot implements Extensions {

        final List<Integer> enrichedBatches = new CopyOnWriteArrayList<>();

        static boolean uses(String accountId) {
            return Math.floorMod(accountId.hashCode(), 2) == 0;
        }

        @Override
        public List<Enrichment> enrich(List<AccountProfile> accounts) {
            assertThat(accounts).allSatisfy(p -> assertThat(p.enrichment()).isSameAs(Enrichment.NONE));
            enrichedBatches.add(accounts.size());
            return accounts.stream().map(p -> uses(p.accountId())
                    ? Enrichment.builder().put("test.crm", new Enrichment.Text("HubSpot")).build() : Enrichment.NONE).toList();
        }

        @Override
        public PluginSignals signals() {
            ChurnSignal onCompetitorCrm = customer -> customer.enrichment().texts("test.crm").isEmpty() ? Optional.empty()
                    : Optional.of(new Finding("on-competitor-crm", 1, "on a competitor's CRM"));
            return new PluginSignals(List.of(onCompetitorCrm), List.of());
        }

        @Override
        public Optional<String> reasonIfMet(NamedCondition condition, AccountProfile account) {
            assertThat(condition).isEqualTo(USES_CRM);
            return account.enrichment().texts("test.crm").contains(condition.arguments().get("vendor"))
                    ? Optional.of("runs " + condition.arguments().get("vendor")) : Optional.empty();
        }

        @Override
        public int withdrawals() {
            return 0;
        }
    }
}

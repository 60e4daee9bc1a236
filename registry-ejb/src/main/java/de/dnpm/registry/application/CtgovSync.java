package de.dnpm.registry.application;

import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.infrastructure.RegistryConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the registry current with ClinicalTrials.gov: when enabled ({@code REGISTRY_CTGOV_SYNC=true}, off by
 * default), queues an import job of the studies updated since the last completed sync (one day of overlap; the first
 * time from {@code REGISTRY_CTGOV_SINCE}, else a week back) every {@code REGISTRY_CTGOV_INTERVAL_HOURS}. Unchanged
 * records cost nothing (same canonical content), so the overlap is free.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "PortalStartup"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CtgovSync {

    private static final System.Logger LOG = System.getLogger(CtgovSync.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    RegistryConfiguration configuration;

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobStore store;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        if (!configuration.ctgovSyncEnabled()) {
            return;
        }
        long hours = configuration.ctgovSyncInterval().toHours();
        schedule = scheduler.scheduleWithFixedDelay(this::syncQuietly, 1, Math.max(1, hours) * 60,
                TimeUnit.MINUTES);
        LOG.log(System.Logger.Level.INFO, "ClinicalTrials.gov sync every {0} h from {1}", hours,
                configuration.ctgovApi());
    }

    /** Queues a sync now (administrators); returns the job. */
    @RolesAllowed("ADMIN")
    public ImportJobView syncNow(String startedBy) {
        return sync(configuration.ctgovApi(), startedBy);
    }

    /** Queues a sync of the studies updated since the last completed one, from the given API. */
    ImportJobView sync(URI api, String startedBy) {
        LocalDate since = store.lastCompletedStart(ImportJob.Kind.CTGOV_SYNC)
                .map(start -> start.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1))
                .orElseGet(() -> configuration.ctgovSyncSince().map(LocalDate::parse)
                        .orElse(LocalDate.now(ZoneOffset.UTC).minusDays(7)));
        return runner.submit(ImportJob.Kind.CTGOV_SYNC, new CtgovApiInput(api, since), api.toString(), startedBy);
    }

    private void syncQuietly() {
        try {
            sync(configuration.ctgovApi(), "schedule");
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Queuing the ClinicalTrials.gov sync failed; next try at the next "
                    + "interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}

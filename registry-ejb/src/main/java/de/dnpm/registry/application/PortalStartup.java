package de.dnpm.registry.application;

import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.infrastructure.RegistryConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Brings an installation to life without blocking deployment: jobs that were live when the server last stopped are
 * marked INTERRUPTED, and the bundled sample of real studies is queued as an ordinary import job until one sample
 * import has completed (re-importing it changes nothing, so an interrupted first import simply finishes).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "StudyIndexer"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalStartup {

    private static final System.Logger LOG = System.getLogger(PortalStartup.class.getName());

    @Inject
    RegistryConfiguration configuration;

    @Inject
    ImportJobStore store;

    @Inject
    ImportJobs jobs;

    @PostConstruct
    void start() {
        int interrupted = store.interruptLiveJobs();
        if (interrupted > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0} import job(s) were cut off by the last stop: marked INTERRUPTED",
                    interrupted);
        }
        if (configuration.sampleImportEnabled() && !store.completedBefore(ImportJob.Kind.SAMPLE)) {
            jobs.submitSample(Thread.currentThread().getContextClassLoader())
                    .ifPresent(job -> LOG.log(System.Logger.Level.INFO, "Bundled sample queued as import job {0}",
                            job.id()));
        }
    }
}

package de.dnpm.registry.application;

import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.infrastructure.RegistryConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
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
    private static final long SAMPLE_DELAY_MILLIS = 1000;

    @Inject
    RegistryConfiguration configuration;

    @Inject
    ImportJobStore store;

    @Inject
    ImportJobRunner runner;

    private ImportJobView sampleJob;
    private SampleInput sample;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        int interrupted = store.interruptLiveJobs();
        if (interrupted > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0} import job(s) were cut off by the last stop: marked INTERRUPTED",
                    interrupted);
        }
        sample = new SampleInput(Thread.currentThread().getContextClassLoader());
        if (configuration.sampleImportEnabled() && sample.present() && !store.completedBefore(ImportJob.Kind.SAMPLE)) {
            sampleJob = runner.queue(ImportJob.Kind.SAMPLE, sample, null, "system");
            LOG.log(System.Logger.Level.INFO, "Bundled sample queued as import job {0}", sampleJob.id());
            // started a moment after deployment, not inside it: GlassFish 8 can lose a managed-executor task
            // submitted while the application is still being deployed (see StudyIndexer)
            timers.createSingleActionTimer(SAMPLE_DELAY_MILLIS, new TimerConfig("bundled sample", false));
        }
    }

    @Timeout
    void startSample() {
        runner.start(sampleJob, sample);
    }
}

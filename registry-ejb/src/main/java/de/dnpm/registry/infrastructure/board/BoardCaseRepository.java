package de.dnpm.registry.infrastructure.board;

import de.dnpm.registry.domain.board.BoardCase;
import de.dnpm.registry.domain.board.BoardDecision;
import de.dnpm.registry.domain.board.CaseAction;
import de.dnpm.registry.domain.board.CaseAuditEvent;
import de.dnpm.registry.domain.board.CaseState;
import de.dnpm.registry.domain.board.Organisation;
import de.dnpm.registry.domain.board.OrganisationKind;
import de.dnpm.registry.domain.board.ShortlistEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The board cases with their shortlists, decisions and audit in the database; callers bring the transaction. */
@ApplicationScoped
public class BoardCaseRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<BoardCase> find(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(BoardCase.class, id));
    }

    public void add(BoardCase boardCase) {
        em.persist(boardCase);
    }

    /** A board's cases in the given states, the most recently changed first. */
    public List<BoardCase> ofBoard(String board, List<CaseState> states) {
        return em.createQuery("select c from BoardCase c where c.board = :board and c.state in :states "
                        + "order by c.updatedAt desc", BoardCase.class)
                .setParameter("board", board).setParameter("states", states).getResultList();
    }

    public List<BoardCase> referredBy(String referrer) {
        return em.createQuery("select c from BoardCase c where c.referredBy = :referrer order by c.createdAt desc",
                BoardCase.class).setParameter("referrer", referrer).getResultList();
    }

    public List<ShortlistEntry> shortlist(String caseId) {
        return em.createQuery("select s from ShortlistEntry s where s.caseId = :id order by s.addedAt",
                ShortlistEntry.class).setParameter("id", caseId).getResultList();
    }

    public void add(ShortlistEntry entry) {
        em.persist(entry);
    }

    public void remove(ShortlistEntry entry) {
        em.remove(entry);
    }

    public Optional<BoardDecision> decision(String caseId) {
        return Optional.ofNullable(em.find(BoardDecision.class, caseId));
    }

    public void add(BoardDecision decision) {
        em.persist(decision);
    }

    public void audit(String caseId, String username, CaseAction action, Instant when) {
        em.persist(new CaseAuditEvent(caseId, username, action, when));
    }

    public List<CaseAuditEvent> auditOf(String caseId) {
        return em.createQuery("select e from CaseAuditEvent e where e.caseId = :id order by e.occurredAt desc",
                CaseAuditEvent.class).setParameter("id", caseId).getResultList();
    }

    public List<String> boards() {
        return em.createQuery("select o.name from Organisation o where o.kind = :kind order by o.name", String.class)
                .setParameter("kind", OrganisationKind.BOARD).getResultList();
    }

    public boolean isBoard(String name) {
        Organisation organisation = name == null ? null : em.find(Organisation.class, name);
        return organisation != null && organisation.kind() == OrganisationKind.BOARD;
    }

    /** The ids of cases whose retention date has passed. */
    public List<String> expired(Instant now) {
        return em.createQuery("select c.id from BoardCase c where c.retainUntil <= :now", String.class)
                .setParameter("now", now).getResultList();
    }

    /** Deletes a case with its shortlist and decision (not its audit). */
    public void delete(String caseId) {
        em.createQuery("delete from ShortlistEntry s where s.caseId = :id").setParameter("id", caseId).executeUpdate();
        em.createQuery("delete from BoardDecision d where d.caseId = :id").setParameter("id", caseId).executeUpdate();
        em.createQuery("delete from BoardCase c where c.id = :id").setParameter("id", caseId).executeUpdate();
    }
}

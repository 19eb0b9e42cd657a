package org.fieldguide.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findByProviderAndSubject(String provider, String subject);

	boolean existsByUsername(String username);

	List<Account> findByDemoTrue();

	/** Accounts whose name, username or e-mail contains the (lower-case, escaped) text. */
	@Query("select a from Account a where lower(a.username) like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\'"
			+ " or lower(a.email) like :pattern escape '\\'")
	Page<Account> search(String pattern, Pageable page);

	@Query("select count(a) from Account a join a.roles r where r = org.fieldguide.access.Role.ADMIN and a.enabled = true")
	long countEnabledAdmins();

	/** Enabled accounts holding the role (training: the trainers who may facilitate an event). */
	@Query("select a from Account a join a.roles r where r = :role and a.enabled = true order by a.displayName")
	List<Account> findEnabledWithRole(Role role);

}

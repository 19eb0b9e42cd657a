package org.fieldguide.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<Category, Long> {

	@Query("select distinct c from Category c left join fetch c.texts where (c.visibility = " + EntryRepository.PUBLIC
			+ " or " + EntryRepository.STAFF_READABLE + ") order by c.position")
	List<Category> findReadable(boolean staff);

	@Query("select c from Category c left join fetch c.texts where c.slug = :slug and (c.visibility = "
			+ EntryRepository.PUBLIC + " or " + EntryRepository.STAFF_READABLE + ")")
	Optional<Category> findReadable(String slug, boolean staff);

	Optional<Category> findBySlug(String slug);

}

Feature: School year groups for 2026-27
  A school year runs from 1 September to 31 August. In 2026-27, children born from
  1 September 2021 to 31 August 2022 are in "Reception"; each year older is one group
  higher, "Year 1" up to "Year 6". Younger children are "not yet at school" and older
  children are at "secondary school".

  Scenario Outline: year group from date of birth
    Given a child born on "<born>"
    When the year group for 2026-27 is looked up
    Then the child belongs in "<group>"

    Examples:
      | born       | group             |
      | 2020-02-29 | Year 2            |
      | 2017-09-01 | Year 4            |
      | 2023-01-05 | not yet at school |
      | 2012-06-01 | secondary school  |
      | 2018-09-01 | Year 3            |
      | 2021-12-24 | Reception         |

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
      | 2021-09-01 | Reception         |
      | 2022-08-31 | Reception         |
      | 2022-09-01 | not yet at school |
      | 2021-08-31 | Year 1            |
      | 2018-03-15 | Year 4            |
      | 2015-09-01 | Year 6            |
      | 2015-08-31 | secondary school  |
      | 2019-12-25 | Year 2            |
      | 2016-10-10 | Year 5            |

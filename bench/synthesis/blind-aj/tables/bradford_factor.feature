Feature: Absence trigger points
  HR scores sickness over the last 52 weeks as spells times spells times days
  off, so three separate single days score 27. Below 51 nothing happens. From 51
  the manager has an informal chat, from 201 it is a first warning and from 451
  a final warning.

  Scenario Outline: scoring sickness absence
    Given the number of spells of absence is <spells>
    And the days off add up to <days>
    When the absence score is worked out
    Then the score is <score>
    And the action is "<action>"

    Examples:
      | spells | days | score | action        |
      | 0      | 0    | 0     | none          |
      | 1      | 10   | 10    | none          |
      | 2      | 12   | 48    | none          |
      | 3      | 6    | 54    | informal chat |
      | 1      | 51   | 51    | informal chat |
      | 5      | 8    | 200   | informal chat |
      | 4      | 13   | 208   | first warning |
      | 3      | 50   | 450   | first warning |
      | 6      | 13   | 468   | final warning |

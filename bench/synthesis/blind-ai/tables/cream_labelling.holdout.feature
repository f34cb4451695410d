Feature: Cream labelling
  A pot of cream is named by how much butterfat it has: clotted cream from
  55 percent, double cream from 48, whipping cream from 35, single cream
  from 18 and half cream from 12. Below 12 percent it may not be sold as
  cream at all.

  Scenario Outline: the name on the pot
    Given a pot of cream with <fat> percent butterfat
    When the pot is labelled
    Then the label says "<label>"

    Examples:
      | fat  | label          |
      | 57.2 | clotted cream  |
      | 50.5 | double cream   |
      | 40.0 | whipping cream |
      | 22.3 | single cream   |
      | 14.8 | half cream     |
      | 4.0  | not cream      |

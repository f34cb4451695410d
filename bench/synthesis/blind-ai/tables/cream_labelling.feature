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
      | 63.5 | clotted cream  |
      | 55.0 | clotted cream  |
      | 48.0 | double cream   |
      | 47.9 | whipping cream |
      | 35.0 | whipping cream |
      | 18.0 | single cream   |
      | 17.9 | half cream     |
      | 12.0 | half cream     |
      | 11.9 | not cream      |

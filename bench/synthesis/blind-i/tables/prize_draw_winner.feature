Feature: Prize draw winners
  Winners are announced on the website with their names masked: every word of
  the name keeps its first letter and each other letter becomes a star. The
  town is shown in full.

  Scenario Outline: announcing a winner
    Given the winner is "<name>" from "<town>"
    When the winner is announced
    Then the announcement reads "<announcement>"

    Examples:
      | name                     | town    | announcement                               |
      | Maria Gonzalez           | Madrid  | Winner: M**** G******* from Madrid         |
      | Tom Li                   | Leeds   | Winner: T** L* from Leeds                  |
      | Ann                      | Bath    | Winner: A** from Bath                      |
      | Jo Ellen Park            | Dundee  | Winner: J* E**** P*** from Dundee          |
      | Sam K Wood               | York    | Winner: S** K W*** from York               |
      | Olufemi Adeyemi          | Lagos   | Winner: O****** A****** from Lagos         |
      | Bea Smith                | St Ives | Winner: B** S**** from St Ives             |
      | Elisabeth Schwarzenegger | Graz    | Winner: E******** S************* from Graz |

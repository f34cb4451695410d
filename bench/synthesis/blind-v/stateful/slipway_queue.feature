Feature: Slipway queue
  Boats wait at the slipway and launch one at a time in the order they arrived. When the
  lifeboat is called out it goes straight to the front of the queue.

  Scenario: launching in order
    Given the slipway is clear
    When "Osprey" joins the queue
    And "Kestrel" joins the queue
    And "Puffin" joins the queue
    And the next boat launches
    Then "Osprey" is launching
    And the queue reads "Kestrel, Puffin"

  Scenario: the lifeboat goes first
    Given the slipway is clear
    When "Osprey" joins the queue
    And "Kestrel" joins the queue
    And the lifeboat is called out
    Then the queue reads "lifeboat, Osprey, Kestrel"
    When the next boat launches
    Then "lifeboat" is launching
    And the queue reads "Osprey, Kestrel"
    When the lifeboat is called out
    And the lifeboat is called out
    Then the harbourmaster says "the lifeboat is already waiting"
    And the queue reads "lifeboat, Osprey, Kestrel"

  Scenario: giving up and coming back
    Given the slipway is clear
    When "Heron" joins the queue
    And "Merlin" joins the queue
    And "Heron" gives up waiting
    Then the queue reads "Merlin"
    When "Heron" gives up waiting
    Then the harbourmaster says "Heron is not in the queue"
    When "Merlin" joins the queue
    Then the harbourmaster says "Merlin is already in the queue"
    When "Heron" joins the queue
    Then the queue reads "Merlin, Heron"

  Scenario: nobody waiting
    Given the slipway is clear
    When the next boat launches
    Then the harbourmaster says "nobody is waiting"
    When "Puffin" joins the queue
    And the next boat launches
    And the next boat launches
    Then the harbourmaster says "nobody is waiting"
    And the queue is empty
    And "Puffin" is launching
